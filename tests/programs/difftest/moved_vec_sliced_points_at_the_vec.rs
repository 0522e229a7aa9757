// Slicing a moved Vec (`&v[0..1]`) borrows it through Index: rustc points at `v`, not at the `&` as it does for a plain `&v`.
let v = vec![1, 2];
let w = v;
let sl: &[i32] = &v[0..1];
println!("{:?} {:?}", w, sl);
// error: E0382 at 4:19
