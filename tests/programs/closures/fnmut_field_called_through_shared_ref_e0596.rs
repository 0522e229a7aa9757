// Calling an `F: FnMut` field through `&self` is E0596 at the field, found by the generic method's own check.
struct Runner<F: FnMut() -> u32> {
    f: F,
}

impl<F: FnMut() -> u32> Runner<F> {
    fn run(&self) -> u32 {
        (self.f)()
    }
}

fn main() {
    let mut n = 0;
    let r = Runner { f: || {
        n += 1;
        n
    } };
    println!("{}", r.run());
}
// error: E0596 at 8:9
