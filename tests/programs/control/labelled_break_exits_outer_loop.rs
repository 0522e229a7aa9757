// `break 'label` exits the labelled outer loop from inside an inner loop.
fn main() {
    let mut count = 0;
    'counting_up: loop {
        println!("count = {count}");
        let mut remaining = 10;
        loop {
            println!("remaining = {remaining}");
            if remaining == 9 {
                break;
            }
            if count == 2 {
                break 'counting_up;
            }
            remaining -= 1;
        }
        count += 1;
    }
    println!("End count = {count}");
}
// expect: count = 0
// expect: remaining = 10
// expect: remaining = 9
// expect: count = 1
// expect: remaining = 10
// expect: remaining = 9
// expect: count = 2
// expect: remaining = 10
// expect: End count = 2
