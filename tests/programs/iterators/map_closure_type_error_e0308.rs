// filter's closure must return bool: returning an integer is E0308 at the closure's body.
let v = vec![1, 2, 3];
let n = v.iter().filter(|x| **x + 1).count();
println!("{}", n);
// error: E0308 at 3:29
