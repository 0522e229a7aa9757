// Derived Debug writes a unit variant as plain text, so width and fill do not pad it; a tuple variant's fields are padded.
#[derive(Debug)]
enum Cell {
    Empty,
    Num(u8),
}

fn main() {
    println!("[{:>8?}]", Cell::Empty);
    println!("[{:>4?}]", Cell::Num(7));
}
// expect: [Empty]
// expect: [Num(   7)]
