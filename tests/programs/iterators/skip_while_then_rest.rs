// skip_while drops the leading items that pass, then yields everything after without testing again.
let v = vec![1, 2, 7, 3, 1];
let rest: Vec<&i32> = v.iter().skip_while(|x| **x < 5).collect();
println!("{:?} cap {}", rest, rest.capacity());
// expect: [7, 3, 1] cap 4
