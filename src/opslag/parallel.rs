//! Work over the files of a map on every core: parsing dominates on a national-size map.
//!
//! Both helpers run on one rayon pool of at most 8 threads (more cores bring nothing: the
//! files then wait on the disk). A panic in a worker is passed on to the caller, as rayon does,
//! so no result is ever lost silently.

use std::sync::OnceLock;

use rayon::prelude::*;

/// Below this many items the work runs on the calling thread: a small map is read faster
/// than threads are woken.
const KLEIN: usize = 8;

/// The pool: one thread per core, at most 8; `None` when it cannot be made (then all work
/// runs on the calling thread).
fn pool() -> Option<&'static rayon::ThreadPool> {
    static POOL: OnceLock<Option<rayon::ThreadPool>> = OnceLock::new();
    POOL.get_or_init(|| {
        let draden = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
            .clamp(1, 8);
        if draden == 1 {
            return None;
        }
        rayon::ThreadPoolBuilder::new()
            .num_threads(draden)
            .build()
            .ok()
    })
    .as_ref()
}

/// Runs `werk` on every item, on every core. The results keep the order of the items, so the
/// output is the same however the work was divided.
pub fn over_alle<I: Sync, T: Send>(items: &[I], werk: impl Fn(&I) -> T + Sync) -> Vec<T> {
    match pool() {
        Some(pool) if items.len() >= KLEIN => {
            pool.install(|| items.par_iter().map(&werk).collect())
        }
        _ => items.iter().map(werk).collect(),
    }
}

/// Like [`over_alle`], but the items are folded into values with `werk` (one per run of
/// consecutive items a thread took), which are then merged with `samen` in the order of the
/// items: for indexes over a whole map, which keep only what they learn, never the files.
pub fn vouw<I: Sync, T: Send + Default>(
    items: &[I],
    werk: impl Fn(&mut T, &I) + Sync,
    samen: impl Fn(&mut T, T),
) -> T {
    let mut totaal = T::default();
    match pool() {
        Some(pool) if items.len() >= KLEIN => {
            let delen: Vec<T> = pool.install(|| {
                items
                    .par_iter()
                    .fold(T::default, |mut deel, item| {
                        werk(&mut deel, item);
                        deel
                    })
                    .collect()
            });
            for deel in delen {
                samen(&mut totaal, deel);
            }
        }
        _ => {
            for item in items {
                werk(&mut totaal, item);
            }
        }
    }
    totaal
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uitkomsten_houden_de_volgorde() {
        let items: Vec<u32> = (0..10_000).collect();
        let kwadraten = over_alle(&items, |&i| u64::from(i) * u64::from(i));
        let verwacht: Vec<u64> = (0..10_000u64).map(|i| i * i).collect();
        assert_eq!(kwadraten, verwacht);
        assert_eq!(over_alle(&items[..3], |&i| i + 1), [1, 2, 3]);
    }

    #[test]
    fn vouw_voegt_alles_samen_in_volgorde() {
        let items: Vec<u32> = (0..10_000).collect();
        let samen = vouw(
            &items,
            |deel: &mut Vec<u32>, &i| deel.push(i),
            |totaal, deel| totaal.extend(deel),
        );
        assert_eq!(samen, items);
        let som = vouw(&items[..5], |s: &mut u32, &i| *s += i, |s, d| *s += d);
        assert_eq!(som, 10);
    }

    /// The hand-written pool this replaced dropped the results of a panicking worker and went
    /// on with what the others had: a panic must reach the caller.
    #[test]
    fn paniek_in_een_werker_gaat_niet_verloren() {
        let items: Vec<u32> = (0..1_000).collect();
        let uitkomst = std::panic::catch_unwind(|| {
            over_alle(&items, |&i| {
                assert!(i != 777, "werker faalt");
                i
            })
        });
        assert!(uitkomst.is_err(), "de paniek ging verloren");
        let uitkomst = std::panic::catch_unwind(|| {
            vouw(
                &items,
                |s: &mut u32, &i| {
                    assert!(i != 777, "werker faalt");
                    *s += i;
                },
                |s, d| *s += d,
            )
        });
        assert!(uitkomst.is_err(), "de paniek ging verloren");
    }
}
