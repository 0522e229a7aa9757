// zip pairs items until either side runs out, with the exact size of the shorter side.
let names = vec!["ann", "bob", "cy"];
let ages = [31, 42];
let pairs: Vec<(&&str, &i32)> = names.iter().zip(ages.iter()).collect();
println!("{:?} cap {}", pairs, pairs.capacity());
let with_range: Vec<(usize, char)> = (10..).take(3).zip("xyz".chars()).collect();
println!("{:?}", with_range);
// expect: [("ann", 31), ("bob", 42)] cap 2
// expect: [(10, 'x'), (11, 'y'), (12, 'z')]
