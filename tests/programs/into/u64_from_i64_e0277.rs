// `u64::from(5i64)`: no From<i64> for u64 (it could lose the sign), E0277 at the path's type.
fn main() {
    let a = u64::from(5i64);
}
// error: E0277 at 3:13
