// Names of the crate root are not in scope inside a module: the module must `use` them or write `crate::`.
fn helper() -> i32 {
    1
}

mod tools {
    pub fn run() -> i32 {
        helper() + 1
    }
}

fn main() {
    println!("{}", tools::run());
}
// error: E0425 at 8:9
