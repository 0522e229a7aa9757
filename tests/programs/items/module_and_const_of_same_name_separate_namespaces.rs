// Types and values live in different namespaces: a unit struct `Red` and a const `RED`, a module `red` and a fn `red`.
mod red {
    pub fn shade() -> u8 {
        200
    }
}

fn red() -> u8 {
    red::shade() / 2
}

const RED: u8 = 255;

#[derive(Debug)]
struct Red;

fn main() {
    println!("{} {} {:?}", red(), RED, Red);
}
// expect: 100 255 Red
