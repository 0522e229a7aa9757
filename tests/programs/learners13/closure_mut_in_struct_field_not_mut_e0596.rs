// Calling an FnMut stored in a struct field through &self is E0596.
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
    let r = Runner { f: || { n += 1; n } };
    println!("{}", r.run());
}
// error: E0596 at 8:9
