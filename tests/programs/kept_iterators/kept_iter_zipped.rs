// A kept iterator can be the argument of `zip`: it is moved into the chain and walked from where it stands.
let a = vec![1, 2, 3];
let b = vec!["x", "y", "z", "w"];
let mut bi = b.iter();
bi.next();
let pairs: Vec<(&i32, &&str)> = a.iter().zip(bi).collect();
println!("{:?} {}", pairs, pairs.capacity());
// expect: [(1, "y"), (2, "z"), (3, "w")] 3
