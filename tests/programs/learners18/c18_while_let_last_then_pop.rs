// while let over stack.last() copied, popping inside, and a labelled loop with break value.
fn main() {
    let mut stack = vec![1, 5, 2, 8, 3];
    while let Some(&top) = stack.last() {
        if top > 4 {
            println!("stop at {top}");
            break;
        }
        stack.pop();
        println!("popped {top}");
    }
    println!("{stack:?}");
    let grid = [[1, 2], [3, 4], [5, 6]];
    let found = 'outer: loop {
        for (r, row) in grid.iter().enumerate() {
            for (c, &v) in row.iter().enumerate() {
                if v == 4 {
                    break 'outer Some((r, c));
                }
            }
        }
        break None;
    };
    println!("{found:?}");
}
// expect: popped 3
// expect: stop at 8
// expect: [1, 5, 2, 8]
// expect: Some((1, 1))
