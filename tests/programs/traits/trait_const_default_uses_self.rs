// A trait constant's default may use another of Self's constants: each impl's copy reads its own type's.
trait Grid {
    const W: usize;
    const H: usize;
    const CELLS: usize = Self::W * Self::H;
}

struct Small;
struct Wide;

impl Grid for Small {
    const W: usize = 2;
    const H: usize = 2;
}

impl Grid for Wide {
    const W: usize = 8;
    const H: usize = 1;
    const CELLS: usize = 100;
}

fn cells<G: Grid>() -> usize {
    G::CELLS
}

fn main() {
    println!("{} {}", cells::<Small>(), cells::<Wide>());
    println!("{}", Small::CELLS + Wide::W);
}
// expect: 4 100
// expect: 12
