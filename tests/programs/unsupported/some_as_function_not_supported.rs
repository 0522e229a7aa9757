// `Some` passed by name where a closure is expected is not supported yet; `.map(|x| Some(x))` is.
let v = vec![1, 2];
let o: Vec<Option<i32>> = v.into_iter().map(Some).collect();
println!("{o:?}");
// expect: [Some(1), Some(2)]
// unsupported: `Some` used as a function
