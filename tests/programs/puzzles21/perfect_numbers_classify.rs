// Exercism perfect-numbers: classify by the aliquot sum, Option for zero, an enum with Debug.
#[derive(Debug, PartialEq, Eq)]
enum Classification {
    Abundant,
    Perfect,
    Deficient,
}

fn aliquot_sum(n: u64) -> u64 {
    (1..=n / 2).filter(|d| n % d == 0).sum()
}

fn classify(num: u64) -> Option<Classification> {
    if num == 0 {
        return None;
    }
    let sum = aliquot_sum(num);
    Some(if sum == num {
        Classification::Perfect
    } else if sum > num {
        Classification::Abundant
    } else {
        Classification::Deficient
    })
}

fn main() {
    for n in [0, 1, 6, 12, 28, 496, 97] {
        println!("{:>6}: {:?}", n, classify(n));
    }
    let perfect: Vec<u64> = (1..100).filter(|&n| classify(n) == Some(Classification::Perfect)).collect();
    println!("{:?}", perfect);
}
// expect:      0: None
// expect:      1: Some(Deficient)
// expect:      6: Some(Perfect)
// expect:     12: Some(Abundant)
// expect:     28: Some(Perfect)
// expect:    496: Some(Perfect)
// expect:     97: Some(Deficient)
// expect: [6, 28]
