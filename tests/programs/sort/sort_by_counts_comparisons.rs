// A FnMut comparison may count its calls: 20 elements in reverse order take insertion sort's 190 comparisons.
let mut v: Vec<u32> = (0..20).rev().collect();
let mut comparisons = 0;
v.sort_by(|a, b| {
    comparisons += 1;
    a.cmp(b)
});
println!("{} {} {comparisons}", v[0], v[19]);
// expect: 0 19 190
