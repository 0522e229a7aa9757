// Collecting Options into Option<Vec<_>> gives None at the first None, else Some of every payload.
let v = vec![1, 2, 3];
let halves: Option<Vec<i32>> = v.iter().map(|x| if x % 2 == 0 { Some(x / 2) } else { None }).collect();
println!("{:?}", halves);
let all: Option<Vec<i32>> = v.iter().map(|x| Some(x * 2)).collect();
println!("{:?}", all);
// expect: None
// expect: Some([2, 4, 6])
