//! Work over the files of a map on every core: parsing dominates on a national-size map.

/// Runs `werk` on every item, on every core (at most 8 threads). The results keep the order of
/// the items, so the output is the same however the work was divided.
pub fn over_alle<I: Sync, T: Send>(items: &[I], werk: impl Fn(&I) -> T + Sync) -> Vec<T> {
    let draden = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 8);
    if draden == 1 || items.len() < 8 {
        return items.iter().map(&werk).collect();
    }
    let volgende = std::sync::atomic::AtomicUsize::new(0);
    let mut uitkomsten: Vec<(usize, T)> = std::thread::scope(|scope| {
        let werkers: Vec<_> = (0..draden)
            .map(|_| {
                scope.spawn(|| {
                    let mut eigen = Vec::new();
                    loop {
                        let i = volgende.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(i) else {
                            break;
                        };
                        eigen.push((i, werk(item)));
                    }
                    eigen
                })
            })
            .collect();
        werkers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    uitkomsten.sort_by_key(|(i, _)| *i);
    uitkomsten.into_iter().map(|(_, v)| v).collect()
}

/// Like [`over_alle`], but each thread folds its items into one value with `werk` and the
/// values of the threads are then merged with `samen`: for indexes over a whole map, which
/// keep only what they learn, never the files.
pub fn vouw<I: Sync, T: Send + Default>(
    items: &[I],
    werk: impl Fn(&mut T, &I) + Sync,
    samen: impl Fn(&mut T, T),
) -> T {
    let draden = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 8);
    let mut totaal = T::default();
    if draden == 1 || items.len() < 8 {
        for item in items {
            werk(&mut totaal, item);
        }
        return totaal;
    }
    let volgende = std::sync::atomic::AtomicUsize::new(0);
    let delen: Vec<T> = std::thread::scope(|scope| {
        let werkers: Vec<_> = (0..draden)
            .map(|_| {
                scope.spawn(|| {
                    let mut eigen = T::default();
                    loop {
                        let i = volgende.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(i) else {
                            break;
                        };
                        werk(&mut eigen, item);
                    }
                    eigen
                })
            })
            .collect();
        werkers.into_iter().filter_map(|w| w.join().ok()).collect()
    });
    for deel in delen {
        samen(&mut totaal, deel);
    }
    totaal
}
