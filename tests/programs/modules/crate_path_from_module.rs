// Inside a module, `crate::` names the crate root, and `use crate::...` imports from it.
fn helper() -> i32 {
    40
}

struct Config {
    level: i32,
}

mod tools {
    use crate::Config;

    pub fn run() -> i32 {
        let c = Config { level: 2 };
        crate::helper() + c.level
    }
}

fn main() {
    println!("{}", tools::run());
}
// expect: 42
