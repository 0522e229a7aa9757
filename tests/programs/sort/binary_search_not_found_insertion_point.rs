// A value that is not there gives Err with the index where it could be inserted, keeping the slice sorted.
let v = vec![10, 20, 30, 40];
println!("{:?} {:?} {:?}", v.binary_search(&25), v.binary_search(&5), v.binary_search(&99));
println!("{:?}", v.binary_search(&40));
let empty: Vec<i32> = Vec::new();
println!("{:?}", empty.binary_search(&1));
// expect: Err(2) Err(0) Err(4)
// expect: Ok(3)
// expect: Err(0)
