// chunks(n) kept and passed along: a grid's rows from a function returning std::slice::Chunks<'a, T>, a `for` over `&mut rows` that stops early and leaves the rest, and the short last chunk.
use std::slice::Chunks;

fn rows<'a>(cells: &'a [char], width: usize) -> Chunks<'a, char> {
    cells.chunks(width)
}

fn main() {
    let cells = ['#', '.', '#', '.', '.', '#', '#', '#', '.', '#'];
    let mut grid = rows(&cells, 3);
    for row in &mut grid {
        let line: String = row.iter().collect();
        println!("{}", line);
        if line == "..#" {
            break;
        }
    }
    println!("left: {:?}", grid);
    let last = grid.last();
    println!("last {:?}", last);
    let mut back = cells.chunks(4).rev();
    println!("{:?}", back.next());
    println!("{:?}", back);
}
// expect: #.#
// expect: ..#
// expect: left: Chunks { v: ['#', '#', '.', '#'], chunk_size: 3 }
// expect: last Some(['#'])
// expect: Some(['.', '#'])
// expect: Rev { iter: Chunks { v: ['#', '.', '#', '.', '.', '#', '#', '#'], chunk_size: 4 } }
