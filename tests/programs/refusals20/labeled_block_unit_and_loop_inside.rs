// A labeled block of type () left with a bare `break 'done;`, and an inner loop's unlabeled break that leaves only the loop.
fn main() {
    let mut log = Vec::new();
    'done: {
        let mut i = 0;
        loop {
            i += 1;
            if i == 3 {
                break;
            }
        }
        log.push(i);
        if log.len() == 1 {
            break 'done;
        }
        log.push(99);
    }
    println!("{:?}", log);
}
// expect: [3]
