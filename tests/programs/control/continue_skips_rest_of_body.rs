// `continue` skips the rest of the loop body and goes to the next iteration.
fn main() {
    let mut odd_sum = 0;
    for i in 0..10 {
        if i % 2 == 0 {
            continue;
        }
        odd_sum += i;
        println!("added {}", i);
    }
    println!("sum of odds = {}", odd_sum);
}
// expect: added 1
// expect: added 3
// expect: added 5
// expect: added 7
// expect: added 9
// expect: sum of odds = 25
