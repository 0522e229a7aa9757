// A function without `pub` is private to its module: naming it from outside is E0603 at the private segment.
mod kitchen {
    fn cook() -> u32 {
        3
    }

    pub fn serve() -> u32 {
        cook() + 1
    }
}

fn main() {
    println!("{}", kitchen::serve());
    println!("{}", kitchen::cook());
}
// error: E0603 at 14:29
