// An alias naming another alias of a Vec still reaches Vec's functions, and the element type comes from the alias.
type Row = Vec<u8>;
type Rows = Vec<Row>;
type Board = Rows;

fn main() {
    let b = Board::new();
    println!("{:?} {}", b, b.is_empty());
    let r = Row::with_capacity(4);
    println!("{} {}", r.len(), r.capacity());
}
// expect: [] true
// expect: 0 4
