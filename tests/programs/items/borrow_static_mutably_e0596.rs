// A `&mut` to an immutable static is rejected.
static TOTAL: u64 = 10;

fn main() {
    let t = &mut TOTAL;
    *t += 1;
}
// error: E0596 at 5:13
