// A std trait cannot be implemented for a std type: the orphan rule, E0117 at the impl.
impl Default for Vec<u8> {
    fn default() -> Self {
        Vec::new()
    }
}

fn main() {
    println!("{}", Vec::<u8>::default().len());
}
// error: E0117 at 2:1
