// `flatten` needs items that are themselves iterable: over i32 items rustc reports E0277.
let v = vec![1, 2, 3];
let f: Vec<i32> = v.into_iter().flatten().collect();
println!("{:?}", f);
// error: E0277 at 3:33
