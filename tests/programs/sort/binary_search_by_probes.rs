// binary_search_by halves the range without stopping at Equal, then probes once more: the closure sees std's probes in order.
let v = [1, 3, 5, 7, 9, 11, 13];
let found = v.binary_search_by(|x| {
    println!("probe {x}");
    x.cmp(&9)
});
println!("{found:?}");
// expect: probe 7
// expect: probe 11
// expect: probe 9
// expect: probe 9
// expect: Ok(4)
