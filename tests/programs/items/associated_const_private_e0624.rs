// A private associated constant is visible in its module only: E0624 at the name outside it.
mod game {
    pub struct Board;
    impl Board {
        const SIZE: usize = 8;
        pub const CELLS: usize = Self::SIZE * Self::SIZE;
    }
}
fn main() {
    println!("{}", game::Board::CELLS);
    println!("{}", game::Board::SIZE);
}
// error: E0624 at 11:33
