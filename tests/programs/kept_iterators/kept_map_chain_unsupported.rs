// A chain of adapters kept in a variable (std's Map around the Iter) is not laid out yet: the engine says so at its span.
let v = vec![1, 2, 3];
let doubled = v.iter().map(|x| x * 2);
let w: Vec<i32> = doubled.collect();
println!("{:?}", w);
// expect: [2, 4, 6]
// unsupported: a chain of iterator adapters passed, returned or stored as a value
