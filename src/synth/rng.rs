//! A small deterministic PRNG (SplitMix64) for the synthetic data: the same seed gives the
//! same stream on every platform, with no dependency and no time-based seeding.

/// SplitMix64 (Steele, Lea and Flood 2014): 64 bits of state, good enough statistics for
/// synthetic data, and trivially reproducible.
#[derive(Debug, Clone)]
pub struct Rng {
    state: u64,
}

const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// Mixes `z` (the SplitMix64 finaliser); also used to derive independent sub-seeds.
pub fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        Rng { state: seed }
    }

    /// An independent generator for stream `stream` of `seed` (e.g. one per behandelaar), so
    /// that parts can be generated in any order or in parallel with the same result.
    pub fn stream(seed: u64, stream: u64) -> Self {
        Rng::new(mix(seed ^ mix(stream.wrapping_add(GOLDEN))))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(GOLDEN);
        mix(self.state)
    }

    /// A uniform integer in `0..n` (`n` > 0), by multiply-shift (Lemire, without rejection:
    /// the bias is below 2^-32 for the small `n` used here).
    pub fn below(&mut self, n: u32) -> u32 {
        debug_assert!(n > 0);
        (((self.next_u64() >> 32) * u64::from(n)) >> 32) as u32
    }

    /// A uniform integer in `lo..=hi`.
    pub fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below(hi - lo + 1)
    }

    /// A uniform float in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// True with probability `p` per mille.
    pub fn per_mille(&mut self, p: u32) -> bool {
        self.below(1000) < p
    }

    /// True with probability `p` percent.
    pub fn percent(&mut self, p: u32) -> bool {
        self.below(100) < p
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u32) as usize]
    }

    /// One value from `(value, weight)` pairs, with probability proportional to its weight.
    pub fn weighted<T: Copy>(&mut self, items: &[(T, u32)]) -> T {
        let total: u32 = items.iter().map(|(_, w)| w).sum();
        let mut r = self.below(total.max(1));
        for &(v, w) in items {
            if r < w {
                return v;
            }
            r -= w;
        }
        items[items.len() - 1].0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream() {
        let mut a = Rng::new(42);
        let mut b = Rng::new(42);
        let xs: Vec<u64> = (0..100).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..100).map(|_| b.next_u64()).collect();
        assert_eq!(xs, ys);
    }

    #[test]
    fn known_first_value() {
        // SplitMix64 reference: seed 0 gives 0xE220A8397B1DCDAF first.
        assert_eq!(Rng::new(0).next_u64(), 0xE220_A839_7B1D_CDAF);
    }

    #[test]
    fn different_seeds_and_streams_differ() {
        assert_ne!(Rng::new(1).next_u64(), Rng::new(2).next_u64());
        assert_ne!(Rng::stream(7, 0).next_u64(), Rng::stream(7, 1).next_u64());
        assert_eq!(Rng::stream(7, 3).next_u64(), Rng::stream(7, 3).next_u64());
    }

    #[test]
    fn bounds_hold() {
        let mut r = Rng::new(9);
        for _ in 0..10_000 {
            assert!(r.below(7) < 7);
            let x = r.range(16, 36);
            assert!((16..=36).contains(&x));
            let u = r.unit();
            assert!((0.0..1.0).contains(&u));
        }
    }

    #[test]
    fn weighted_follows_weights() {
        let mut r = Rng::new(5);
        let mut hits = [0u32; 3];
        for _ in 0..30_000 {
            hits[r.weighted(&[(0usize, 1), (1, 0), (2, 2)])] += 1;
        }
        assert_eq!(hits[1], 0);
        assert!((9_000..11_000).contains(&hits[0]), "{hits:?}");
        assert!((19_000..21_000).contains(&hits[2]), "{hits:?}");
    }
}
