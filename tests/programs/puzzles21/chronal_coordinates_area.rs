// AoC 2018 day 6: the largest finite Manhattan area, the closest coordinate per grid cell with ties marked.
const INPUT: &str = "1, 1
1, 6
8, 3
3, 4
5, 5
8, 9";

fn main() {
    let points: Vec<(i32, i32)> = INPUT
        .lines()
        .map(|l| {
            let (x, y) = l.split_once(", ").unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect();
    let max_x = points.iter().map(|p| p.0).max().unwrap();
    let max_y = points.iter().map(|p| p.1).max().unwrap();
    let mut area = vec![0i32; points.len()];
    let mut infinite = vec![false; points.len()];
    let mut safe = 0;
    for y in 0..=max_y {
        for x in 0..=max_x {
            let dists: Vec<i32> = points.iter().map(|p| (p.0 - x).abs() + (p.1 - y).abs()).collect();
            if dists.iter().sum::<i32>() < 32 {
                safe += 1;
            }
            let min = *dists.iter().min().unwrap();
            let closest: Vec<usize> = (0..points.len()).filter(|&i| dists[i] == min).collect();
            if let [only] = closest[..] {
                area[only] += 1;
                if x == 0 || y == 0 || x == max_x || y == max_y {
                    infinite[only] = true;
                }
            }
        }
    }
    let best = (0..points.len()).filter(|&i| !infinite[i]).map(|i| area[i]).max();
    println!("areas: {:?}", area);
    println!("largest finite: {:?}, safe region: {}", best, safe);
}
// expect: areas: [15, 14, 15, 9, 17, 10]
// expect: largest finite: Some(17), safe region: 16
