// Floats are not Ord, so they are sorted with sort_by and partial_cmp, the book's idiom.
let mut xs = vec![2.5, -1.0, 9.75, 0.5];
xs.sort_by(|a, b| a.partial_cmp(b).unwrap());
println!("{xs:?}");
// expect: [-1.0, 0.5, 2.5, 9.75]
