// sort_by on up to 20 elements is std's insertion sort: the closure sees each (new element, sorted neighbour) pair in std's order.
let mut v = vec![5, 3, 8, 1, 9, 2];
v.sort_by(|a, b| {
    println!("{a} {b}");
    b.cmp(a)
});
println!("{v:?}");
// expect: 3 5
// expect: 8 3
// expect: 8 5
// expect: 1 3
// expect: 9 1
// expect: 9 3
// expect: 9 5
// expect: 9 8
// expect: 2 1
// expect: 2 3
// expect: [9, 8, 5, 3, 2, 1]
