// Two mutable borrows of a local not declared `mut` are one E0596 at its binding ("not mutable"), each borrow a label, as rustc 1.95 gathers them.
fn main() {
    let v = vec![1];
    v.push(2);
    v.push(3);
}
// error: E0596 at 3:9
