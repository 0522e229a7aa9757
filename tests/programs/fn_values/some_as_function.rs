// `Some` passed by name is a function from `T` to `Option<T>`, called on each item.
let v = vec![1, 2];
let o: Vec<Option<i32>> = v.into_iter().map(Some).collect();
println!("{o:?}");
// expect: [Some(1), Some(2)]
