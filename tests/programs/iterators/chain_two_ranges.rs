// chain walks the first iterator then the second; two ranges chained are still an exact size.
let v: Vec<u32> = (1..3).chain(7..9).collect();
println!("{:?} cap {}", v, v.capacity());
let w: Vec<&i32> = [1, 2].iter().chain(&vec![3]).collect();
println!("{:?}", w);
// error: E0716 at 4:41
