// match *self on a Copy enum in a method, and matching &Enum with & patterns.
#[derive(Clone, Copy, Debug)]
enum Dir {
    Up,
    Down,
}

impl Dir {
    fn flip(&self) -> Dir {
        match *self {
            Dir::Up => Dir::Down,
            Dir::Down => Dir::Up,
        }
    }
}

fn main() {
    let dirs = [Dir::Up, Dir::Down, Dir::Up];
    let ups = dirs.iter().filter(|d| matches!(d, &&Dir::Up)).count();
    for d in &dirs {
        match d {
            &Dir::Up => print!("^"),
            &Dir::Down => print!("v"),
        }
    }
    println!(" {} {:?}", ups, dirs[1].flip());
}
// expect: ^v^ 2 Up
