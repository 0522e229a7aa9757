// Associated constants are known to the overflow lint, as any constant is.
struct Grid;
impl Grid { const W: u8 = 200; const H: u8 = 100; }
fn main() {
    let area = Grid::W + Grid::H;
    println!("{}", area);
}
// error: lint arithmetic_overflow at 5:16
