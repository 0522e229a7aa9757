// Regression (difftest): borrowing a moved value was pointed at the name; rustc points at the whole `&v` that borrows it.
let v = vec![1];
let w = v;
let r: &Vec<i32> = &v;
println!("{:?} {:?}", w, r);
// error: E0382 at 4:20
