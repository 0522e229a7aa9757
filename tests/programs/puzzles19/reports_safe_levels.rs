// Reports safe when all differences are 1..=3 in one direction; the dampener retries with one level removed.
fn safe(levels: &[i32]) -> bool {
    let diffs: Vec<i32> = levels.windows(2).map(|w| w[1] - w[0]).collect();
    diffs.iter().all(|d| (1..=3).contains(d)) || diffs.iter().all(|d| (-3..=-1).contains(d))
}

fn main() {
    let input = "7 6 4 2 1\n1 2 7 8 9\n9 7 6 2 1\n1 3 2 4 5\n8 6 4 4 1\n1 3 6 7 9";
    let reports: Vec<Vec<i32>> = input
        .lines()
        .map(|l| l.split_whitespace().map(|n| n.parse().unwrap()).collect())
        .collect();
    let plain = reports.iter().filter(|r| safe(r)).count();
    let damped = reports
        .iter()
        .filter(|r| {
            (0..r.len()).any(|skip| {
                let mut v = r.to_vec();
                v.remove(skip);
                safe(&v)
            })
        })
        .count();
    println!("{plain} {damped}");
}
// expect: 2 4
