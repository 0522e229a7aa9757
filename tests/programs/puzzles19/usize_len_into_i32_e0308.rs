// Binding v.len() (a usize) to an i32 is a type mismatch (E0308), even after a correct `as usize` index above.
fn main() {
    let v = vec![10, 20, 30];
    let offset = 1i32;
    let idx: usize = 0;
    let x = v[idx + offset as usize];
    let y: i32 = v.len();
    println!("{x} {y}");
}
// error: E0308 at 7:18
