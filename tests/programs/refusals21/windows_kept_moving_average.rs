// windows(n) kept in a variable: std's Windows { v, size } whose slice moves up one element per window, taken one by one, printed, and collected as Vec<&[T]>.
fn average(window: &[f64]) -> f64 {
    window.iter().sum::<f64>() / window.len() as f64
}

fn main() {
    let temps = vec![20.0, 22.0, 21.0, 25.0, 24.0];
    let mut windows = temps.windows(3);
    println!("{:?}", windows);
    let first = windows.next().unwrap();
    println!("first {:?} avg {:.2}", first, average(first));
    println!("{:?}", windows);
    let rest: Vec<&[f64]> = windows.collect();
    println!("rest {:?}", rest);
    let rising = temps.windows(2).filter(|w| w[1] > w[0]).count();
    println!("rising {}", rising);
    let all = temps.windows(2).collect::<Vec<&[f64]>>();
    println!("{} pairs, last {:?}", all.len(), all.last());
}
// expect: Windows { v: [20.0, 22.0, 21.0, 25.0, 24.0], size: 3 }
// expect: first [20.0, 22.0, 21.0] avg 21.00
// expect: Windows { v: [22.0, 21.0, 25.0, 24.0], size: 3 }
// expect: rest [[22.0, 21.0, 25.0], [21.0, 25.0, 24.0]]
// expect: rising 2
// expect: 4 pairs, last Some([25.0, 24.0])
