// Regression (difftest): iterating a moved Vec by reference (`for x in &v`) borrows it, and rustc points at the whole `&v`, not at `v`.
let v = vec![1, 2];
let w = v;
for x in &v {
    println!("{}", x);
}
println!("{:?}", w);
// error: E0382 at 4:10
