// mem::take leaves the type's own Default::default() behind: a hand-written impl runs.
struct Config {
    level: i32,
    name: String,
}

impl Default for Config {
    fn default() -> Self {
        println!("default runs");
        Config { level: 5, name: String::from("std") }
    }
}

fn main() {
    let mut c = Config { level: 1, name: String::from("mine") };
    let old = std::mem::take(&mut c);
    println!("{} {} / {} {}", old.level, old.name, c.level, c.name);
}
// expect: default runs
// expect: 1 mine / 5 std
