// Cloning a vec::IntoIter (which clones what is left into a new buffer) is not supported yet.
let v = vec![String::from("a")];
let it = v.into_iter();
let copy = it.clone();
println!("{}", copy.count());
// expect: 1
// unsupported: the method `clone` of
