// A type with a destructor cannot be Copy: E0184 at the hand-written `impl Copy`'s self type, even after the Drop impl.
struct D;
impl Drop for D {
    fn drop(&mut self) {
        println!("drop");
    }
}
impl Clone for D {
    fn clone(&self) -> D {
        D
    }
}
impl Copy for D {}
fn main() {
    let d = D;
    let _e = d;
}
// error: E0184 at 13:15
