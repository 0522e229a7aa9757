// `flatten` over Options keeps the values of the Somes: an Option iterates as zero or one item.
let v = vec![Some(1), None, Some(3)];
let got: Vec<i32> = v.into_iter().flatten().collect();
println!("{:?} {}", got, got.capacity());
// expect: [1, 3] 4
