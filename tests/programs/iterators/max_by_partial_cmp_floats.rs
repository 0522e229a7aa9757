// Floats have no Ord, so `max_by` with `partial_cmp(..).unwrap()` is the way to find the largest; the closure sees each pair in order.
let temps: Vec<f64> = vec![21.5, 19.0, 23.25, 22.0];
let hottest = temps.iter().max_by(|a, b| {
    println!("compare {} {}", a, b);
    a.partial_cmp(b).unwrap()
});
println!("{:?}", hottest);
let coldest = temps.iter().copied().min_by(|a, b| a.total_cmp(b));
println!("{:?}", coldest);
// expect: compare 21.5 19
// expect: compare 21.5 23.25
// expect: compare 23.25 22
// expect: Some(23.25)
// expect: Some(19.0)
